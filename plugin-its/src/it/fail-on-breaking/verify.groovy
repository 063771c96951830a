def log = new File(basedir, 'build.log').text
assert log.contains('breaking changes for callers of the client')
def report = new File(basedir, 'target/generated-sources/typewright/typewright-changes.md').text
assert report.contains('**breaking** removed operation toys.list()')
