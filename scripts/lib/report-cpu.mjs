// Preloaded into a benchmarked child process (node --import): when the process exits, writes its
// CPU time in ms to the file named by CPU_REPORT: {"cpu": all threads, "main": the main thread
// alone, or null where /proc is missing}. Node cannot read a finished child's CPU time from the
// parent, so the child reports it. The two differ by V8's background threads (optimising
// compiler, GC helpers), which a short run keeps busy while the JIT warms up.
import { readFileSync, writeFileSync } from 'node:fs';

function mainThreadMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return null;
  }
}

const file = process.env.CPU_REPORT;
if (file) {
  process.on('exit', () => {
    const u = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ cpu: (u.user + u.system) / 1000, main: mainThreadMs() }));
  });
}
