// The ACME rule pack, a dependency of the plugin, runs only in the execution that opts in.
def log = new File(basedir, 'build.log').text
def parts = log.split(/sko-maven-plugin:[^:]+:validate \(/)
def part = { id -> parts.find { it.startsWith(id + ')') } }
assert part('without-pack') != null && part('with-pack') != null
assert !part('without-pack').contains('acme.')
assert part('with-pack') =~ /\[WARNING\] src\/sko\/fy27\.json:\[\d+,\d+\] acme\.no-friday-days @ days\[1\]: Day 2 \(2027-01-15\) is a Friday/
return true
