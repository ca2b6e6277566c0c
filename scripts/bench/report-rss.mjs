// Preloaded with `node --import` when GNU time is missing: prints the process's peak RSS (KiB)
// as the last line of stderr, for measure.mjs to read. Writes to a pipe are synchronous on Linux,
// so the line is out before the process ends.
process.on('exit', () => {
    process.stderr.write(`\nBENCH_RSS ${process.resourceUsage().maxRSS}\n`);
});
