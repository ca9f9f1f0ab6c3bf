/** Who said a contribution, as every screen shows it: "Grace said", "Sarah said (with her key worker)". */
export function contributionSpeaker(name: string, supportedBy: string | null): string {
	return supportedBy ? `${name} said (with ${supportedBy})` : `${name} said`;
}
