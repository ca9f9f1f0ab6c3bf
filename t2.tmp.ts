const words = 'Kacper goes to homework club on Tuesdays with his friend Ollie and the teaching assistant helps him plan the week ahead in the quiet room after lunch each day '.repeat(14).slice(0,2000);
const texts = Array.from({length: 40000}, (_, i) => words.slice(0, 1990) + ' ' + i);
const src = String.raw`as\s+and\s+when|(?:as|when|where|if)\s+(?:needed|required|appropriate|necessary|possible)|access\s+to|opportunit(?:y|ies)\s+(?:to|for)|regular(?:ly)?|may|might|should|could|support\s+with|up\s+to|some|encouraged\s+to|would\s+benefit\s+from`;
function run(name: string, re: RegExp, lower: boolean) {
  let best = 1e9;
  for (let k = 0; k < 3; k++) {
  const t = performance.now(); let n = 0;
  for (const x of texts) { const s = lower ? x.toLowerCase() : x; re.lastIndex = 0; while (re.exec(s)) n++; }
  best = Math.min(best, performance.now() - t);
  }
  console.log(name, best.toFixed(0));
}
run('giu', new RegExp(src, 'giu'), false);
run('gi', new RegExp(src, 'gi'), false);
run('lower g', new RegExp(src, 'g'), true);
run('lower g, \\b', new RegExp(String.raw`\b(?:${src})\b`, 'g'), true);
// starts-with-letter prefilter: words beginning with a,o,r,w,i,m,s,c,u,e
run('lower g prefix', new RegExp(String.raw`(?<![a-z0-9])(?:${src})`, 'g'), true);
const json = JSON.stringify(texts);
let best = 1e9; for (let k=0;k<3;k++){ const t = performance.now(); JSON.parse(json); best=Math.min(best, performance.now()-t);} console.log('parse', best.toFixed(0));
