/**
 * A short, readable name for the browser and system a User-Agent describes ("Chrome on Android"), so that
 * someone can tell their sessions apart. The common browsers and systems only: a User-Agent can say
 * anything, so the name is a hint, never a proof. Order matters, as each borrows the others' words: Edge,
 * Opera and Samsung Internet say "Chrome", Chrome says "Safari", Android says "Linux", an iPhone says
 * "Mac OS X".
 */
const browsers: readonly (readonly [RegExp, string])[] = [
	[/\bEdg(?:e|A|iOS)?\//, 'Edge'],
	[/\bOPR\/|\bOpera\b/, 'Opera'],
	[/\bSamsungBrowser\//, 'Samsung Internet'],
	[/\bFirefox\/|\bFxiOS\//, 'Firefox'],
	[/Chrome\/|\bCriOS\/|\bChromium\//, 'Chrome'],
	[/\bSafari\//, 'Safari']
];

const systems: readonly (readonly [RegExp, string])[] = [
	[/\bAndroid\b/, 'Android'],
	[/\biPhone\b/, 'iPhone'],
	[/\biPad\b/, 'iPad'],
	[/\bCrOS\b/, 'ChromeOS'],
	[/\bWindows\b/, 'Windows'],
	[/\bMacintosh\b|\bMac OS X\b/, 'Mac'],
	[/\bLinux\b/, 'Linux']
];

function first(patterns: readonly (readonly [RegExp, string])[], userAgent: string): string | undefined {
	return patterns.find(([pattern]) => pattern.test(userAgent))?.[1];
}

export function deviceName(userAgent: string | null): string {
	const browser = userAgent ? first(browsers, userAgent) : undefined;
	const system = userAgent ? first(systems, userAgent) : undefined;
	if (browser && system) return `${browser} on ${system}`;
	return browser ?? (system ? `A browser on ${system}` : 'An unknown browser');
}
