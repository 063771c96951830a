def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/typewright/com/example/pets')
// 1 generates, 2 skips, 3 (edited spec) and 4 (renamed client) regenerate, 5 is switched off.
assert log.findAll('Typewright: 2 operations').size() == 1
assert log.findAll('Typewright: 1 operations').size() == 2
assert log.findAll('Typewright: skipped, nothing changed since the last generation').size() == 1
assert log.contains('Typewright: skipped (typewright.skip)')
assert log.contains('stale files removed')
// The removed schema and resource are gone, the rename replaced the client, other files stay.
assert !new File(gen, 'model/Toy.java').exists()
assert !new File(gen, 'ToysClient.java').exists()
// Named PetsClient, the root client pushed the pets resource client to PetsClient2; renamed, it frees the name.
assert !new File(gen, 'PetsClient2.java').exists()
assert new File(gen, 'ZooClient.java').text.contains('public PetsClient pets()')
assert new File(gen, 'HandWritten.java.txt').text == 'mine'
assert new File(basedir, 'not-generated/Keep.txt').isFile()
// The change report of the edit says what broke for callers.
assert log.contains('BREAKING removed operation toys.list()')
assert log.contains('BREAKING added request PetsGetRequest.ownerId (String required)')
assert log.contains('BREAKING removed type Toy (record)')
