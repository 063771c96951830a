// Signs webhook deliveries with the standardwebhooks package, the scheme Seam's sender (Svix) uses.
// Reads a JSON array of {secret, id, timestamp, payload} on stdin and writes the array of
// webhook-signature values.
const { Webhook } = require("standardwebhooks");

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const signed = JSON.parse(input).map(({ secret, id, timestamp, payload }) =>
    new Webhook(secret).sign(id, new Date(timestamp * 1000), payload),
  );
  process.stdout.write(JSON.stringify(signed));
});
