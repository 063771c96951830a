def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0')
def builder = new File(basedir, 'target/generated-sources/typewright/com/example/pets/Pets.java').text
assert builder.contains('pager(new PageNumberPager());')
