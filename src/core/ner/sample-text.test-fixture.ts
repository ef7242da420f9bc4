// A made-up news article for the tests (not from any training set): curly quotes, "Mr." and "Mr",
// an all-caps dateline, possessives, hyphenated compounds, a domain name and a long paragraph.
export const SAMPLE_ARTICLE = [
  'PARIS/BERLIN (Example.org) – French President Emmanuel Macron will host German Chancellor Olaf Scholz at the Élysée Palace on Friday, their first meeting since the Franco-German summit in Toulouse.',
  'Mr. Macron’s office said the talks would cover energy prices and the European Union’s budget. Mr Scholz, who flew in from Brussels, is expected to press for a “pragmatic” deal.',
  '“We have no time to lose,” Ms. Ursula von der Leyen told reporters in Strasbourg, adding that the European Commission would publish its proposal next month.',
  'Analysts at Deutsche Bank and Goldman Sachs said the US-led sanctions regime had pushed Russia’s exports towards China and India, while Japan and South Korea cut their purchases.',
  'Dr. Maria Schmidt, an economist at the University of Heidelberg, said: “The pressure on Berlin is enormous. Nobody in Paris or Rome wants a repeat of 2022.”',
].join('\n');
