def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/typewright/com/example/pets')
assert new File(gen, 'PetsClient.java').isFile()
assert new File(gen, 'model/Pet.java').isFile()
// An inline enum that stands in one place is nested in its owner.
assert new File(gen, 'model/Pet.java').text.contains('public static final class Kind extends OpenEnum')
assert new File(basedir, 'target/classes/com/example/pets/model/Pet$Kind.class').isFile()
assert new File(basedir, 'target/classes/com/example/app/App.class').isFile()
assert new File(basedir, 'target/classes/com/example/pets/PetsClient.class').isFile()
assert log.contains('Typewright: 2 operations')
assert !new File(basedir, 'target/generated-sources/typewright/typewright-changes.md').exists()
