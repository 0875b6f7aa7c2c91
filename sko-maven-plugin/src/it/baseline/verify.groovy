// The baseline accepts today's findings (two executions pass) and the build fails on the one new
// error of tomorrow's plan alone.
def log = new File(basedir, 'build.log').text
def parts = log.split(/sko-maven-plugin:[^:]+:validate \(/)
def part = { id -> parts.find { it.startsWith(id + ')') } }
assert part('write-baseline').contains('the baseline')
assert part('write-baseline').contains('[INFO] sko: 1 plan(s), ')
assert new File(basedir, 'target/sko-baseline.json').text.contains('"baselineVersion": 1')
assert part('accepted').contains('[INFO] sko: 1 plan(s), 0 new finding(s) at error or above')
assert !part('accepted').contains('[ERROR]')
def fresh = part('new-finding')
assert fresh.contains('[ERROR] plans/tomorrow.json:')
assert fresh.contains('sko.presentation.executive-limit @ days[0].sessions[2] (d1-roadmap ')
assert (fresh =~ /\[ERROR\] plans\/tomorrow\.json:\[/).count == 1
assert log.contains('sko: 1 plan(s), 1 new finding(s) at error or above')
return true
