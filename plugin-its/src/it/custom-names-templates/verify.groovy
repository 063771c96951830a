def gen = new File(basedir, 'target/acme-sources')
assert new File(gen, 'com/acme/petstore/PetStore.java').isFile()
assert new File(gen, 'com/acme/petstore/model/Pet.java').isFile()
assert new File(gen, 'README.md').text == '# PetStore for ACME\n\nBuilt from our own template.\n'
assert new File(basedir, 'target/classes/com/acme/petstore/PetStore.class').isFile()
