def log = new File(basedir, 'build.log').text
// Ran as a named module, with seam-client and the runtime resolved by their module names.
assert log.contains('module com.example.locks read token seam_cst1_token')
