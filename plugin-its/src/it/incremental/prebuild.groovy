// Files in the output folder that the plugin did not write must survive its clean-ups.
def dir = new File(basedir, 'target/generated-sources/typewright/com/example/pets')
dir.mkdirs()
new File(dir, 'HandWritten.java.txt').text = 'mine'
return true
