def tag = { String xml, String name -> (xml =~ "<${name}>([^<]*)</${name}>").with { it.find() ? it.group(1) : null } }
def version = tag(new File(basedir, 'pom.xml').text.find(/(?s)<parent>.*?<\/parent>/), 'version')
def name = "seam-client-${version}"

// Reproducible: two clean builds give byte-identical jars.
['', '-sources', '-javadoc'].each { classifier ->
  def first = new File(basedir, "first/${name}${classifier}.jar")
  def second = new File(basedir, "target/${name}${classifier}.jar")
  assert first.isFile() && second.isFile()
  assert first.bytes == second.bytes : "${second.name} differs between two clean builds"
}

// Deployed: main, sources and javadoc jars and the POM, to a file:// repository.
def dir = new File(basedir, "deploy-repo/dev/typewright/seam-client/${version}")
def files = dir.list() as List
assert files.any { it.endsWith('.jar') && !it.contains('-sources') && !it.contains('-javadoc') }
assert files.any { it.endsWith('-sources.jar') }
assert files.any { it.endsWith('-javadoc.jar') }
def pom = dir.listFiles().find { it.name.endsWith('.pom') }.text
assert tag(pom, 'name') && tag(pom, 'description')
assert pom.contains('<artifactId>typewright-parent</artifactId>')

// The metadata a repository requires comes with the parent POM, which is published too.
def parent = new File(basedir, "../../local-repo/dev/typewright/typewright-parent/${version}/typewright-parent-${version}.pom").text
assert tag(parent, 'url').startsWith('https://')
assert parent.find(/(?s)<licenses>.*<name>Apache License, Version 2.0<\/name>.*<\/licenses>/)
assert parent.find(/(?s)<scm>.*<connection>scm:git:.*<\/connection>.*<\/scm>/)
assert parent.find(/(?s)<developers>.*<name>.+<\/name>.*<\/developers>/)
