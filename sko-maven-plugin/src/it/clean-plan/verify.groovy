// A clean plan passes: its findings are logged, none at error, and the reports are written.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sko: 1 plan(s), 0 finding(s) at error or above')
assert log =~ /\[WARNING\] src\/sko\/b2b-30\.json:\[\d+,\d+\] sko\./
assert !(log =~ /\[ERROR\] src\/sko\//)
['sko.sarif', 'sko.json', 'sko.txt'].each { assert new File(basedir, "target/sko/$it").isFile() }
assert new File(basedir, 'target/sko/sko.sarif').text.contains('"version": "2.1.0"')
return true
