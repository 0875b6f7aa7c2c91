// A plan with errors fails the build, and the log names each error on its file's line and column.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/sko/fy27.json:[13,9] sko.presentation.executive-limit @ days[0].sessions[0] (d1-keynote "Go for greatness")')
assert log =~ /\[ERROR\] src\/sko\/fy27\.json:\[1,1\] sko\.outcomes\.defined @ outcomes/
assert log =~ /sko: 1 plan\(s\), \d+ finding\(s\) at error or above/
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/sko/sko.sarif').isFile()
// The html format writes the plan's page even when the build fails, with its error findings on it.
def html = new File(basedir, 'target/sko/fy27.html')
assert html.isFile()
assert html.text.contains('sko.presentation.executive-limit')
assert html.text.contains('sko.outcomes.defined')
return true
