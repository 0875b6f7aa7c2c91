// A malformed plan fails the build with its file, line and column.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/sko/fy27/plan.json:5:12: error: ')
assert log.contains('MOTEL')
assert log.contains('plan file(s) cannot be used')
assert log.contains('BUILD FAILURE')
return true
