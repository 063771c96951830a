def log = new File(basedir, 'build.log').text
assert log.contains('bad.yaml')
assert log.contains('/paths/~1toys~1list/post/responses')
assert log.contains('Missing')
assert !log.contains('\tat dev.typewright')
// A reference to a file that is not there is one line, at the reference, saying so.
assert log.contains('at /paths/~1owners~1get/post/responses/200/content/application~1json/schema/$ref: cannot resolve $ref ./missing-file.yaml#/Owner: there is no file missing-file.yaml')
// Swagger Parser's own logging stays out of the build's log.
assert !log.contains('io.swagger')
assert !log.contains('Unable to load')
assert !log.contains('Error parsing')
