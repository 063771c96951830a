def tag = { String xml, String attr -> (xml =~ /<testsuite [^>]*${attr}="(\d+)"/).with { it.find() ? it.group(1) as int : -1 } }

// First build: the JUnit XML CI servers read, with every example, the documentation problem skipped.
def passing = new File(basedir, 'target/typewright-reports/TEST-typewright-docs.xml').text
assert tag(passing, 'tests') == 5
assert tag(passing, 'failures') == 0
assert tag(passing, 'skipped') == 1
assert passing.contains('<testcase classname="pets/petId.md" name="8 Get a pet"/>')
assert passing.contains('<skipped message="DOCS: request (root): required property \'name\' not found')
def summary = new File(basedir, 'target/typewright-reports/typewright-docs.md').text
assert summary.contains('4 passed, 0 failed, 1 documentation problems, 0 skipped.')

// Second build, strict: the documentation problem is a failure in the XML and fails the build.
def strict = new File(basedir, 'target/strict-reports/TEST-typewright-docs.xml').text
assert tag(strict, 'failures') == 1
assert strict.contains('<failure type="DOCS" message="request (root): required property')
def log = new File(basedir, 'build.log').text
assert log.contains('with strict, documentation problems fail the build')
