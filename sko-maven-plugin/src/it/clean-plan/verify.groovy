// A clean plan passes: its findings are logged, none at error, and the reports are written. The
// default plan pattern takes YAML too: the plan's YAML twin under src/sko/yaml/ is validated as well.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sko: 2 plan(s), 0 finding(s) at error or above')
assert log =~ /\[WARNING\] src\/sko\/b2b-30\.json:\[\d+,\d+\] sko\./
assert log =~ /\[WARNING\] src\/sko\/yaml\/b2b-30\.yaml:\[\d+,\d+\] sko\./
assert !(log =~ /\[ERROR\] src\/sko\//)
['sko.sarif', 'sko.json', 'sko.txt'].each { assert new File(basedir, "target/sko/$it").isFile() }
assert new File(basedir, 'target/sko/sko.sarif').text.contains('"version": "2.1.0"')
// html: one page per plan, named after the plan file; the second b2b-30 gets -2.
[['src/sko/b2b-30.json', 'b2b-30.html'], ['src/sko/yaml/b2b-30.yaml', 'b2b-30-2.html']].each { plan, page ->
  def html = new File(basedir, "target/sko/$page")
  assert html.isFile() : "no $page"
  def text = html.text
  assert text.startsWith('<!DOCTYPE html>')
  def ids = (log =~ /\[(?:WARNING|INFO)\] ${java.util.regex.Pattern.quote(plan)}:\[\d+,\d+\] (\S+) @/).collect { it[1] }
  assert !ids.isEmpty()
  ids.each { assert text.contains(it) : "$page lacks the finding $it" }
}
assert !new File(basedir, 'target/sko/b2b-30-3.html').exists()
return true
