/** The thread view: the plan's thread laid out as four columns with lines, and the same as nested lists. */
export { layoutThread, sizes, type ThreadBox, type ThreadLayout, type ThreadLine } from './layout';
export { orderColumns, countCrossings, type ColumnOrders, type OrderLink } from './order';
export {
	threadOutline,
	type ThreadOutline,
	type OutlineAspiration,
	type OutlineOutcome,
	type OutlineProvision,
	type OutlineNeed,
	type OutlineLooseEnd
} from './outline';
export { layers, layerHeadings, layerIcons, layerLabels, linkLayers, type Layer, type LinkKind } from './layers';
export { looseEnds, looseEndRules, type LooseEnd } from './loose-ends';
export { mendHref } from './mend-href';
export { describeProvision } from './describe';
export { wrapText } from './wrap';
export { groupFindings, subjectHeadings, type FindingGroup } from './group-findings';
