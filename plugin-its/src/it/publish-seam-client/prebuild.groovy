// Build seam-client from its own POM, outside the reactor, as a release would.
def checkout = new File(basedir, '../../../..').canonicalFile
new File(basedir, 'pom.xml').text = new File(checkout, 'generated-client/pom.xml').text
new File(basedir, 'checkout.txt').text = checkout.path
return true
