def log = new File(basedir, 'build.log').text
assert log.contains('bad.yaml')
assert log.contains('/paths/~1toys~1list/post/responses')
assert log.contains('Missing')
assert !log.contains('\tat dev.typewright')
