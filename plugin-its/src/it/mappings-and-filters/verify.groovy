def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0')
def sources = new File(basedir, 'target/generated-sources/typewright/com/example/shop')
assert new File(sources, 'OrdersClient.java').isFile()
def admin = new File(sources, 'AdminClient.java').text
assert admin.contains('stats(')
assert !admin.contains('reset(')
assert !new File(sources, 'PetsClient.java').exists()
assert !new File(sources, 'model/Money.java').exists()
assert !new File(sources, 'model/Pet.java').exists()
