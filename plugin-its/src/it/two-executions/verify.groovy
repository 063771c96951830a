def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/classes/com/example/pets/PetsClient.class').isFile()
assert new File(basedir, 'target/classes/com/example/shelter/ShelterClient.class').isFile()
assert log.findAll('Typewright: 2 operations').size() == 2
assert log.findAll('Typewright: skipped, nothing changed').size() == 2
assert new File(basedir, 'target/typewright-state/pets.properties').isFile()
assert new File(basedir, 'target/typewright-state/shelter.properties').isFile()
