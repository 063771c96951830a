def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/typewright/com/example/pets')
assert new File(gen, 'model/Pet.java').text.contains('pet_id')
assert new File(gen, 'model/Kind.java').text.contains('PARROT')
assert log.findAll('Typewright: 2 operations').size() == 2
assert log.findAll('Typewright: skipped, nothing changed since the last generation \\(3 spec files').size() == 1
