/**
 * The band on the diagram's left: the level groups' vertical title bars, then the lane titles. The
 * SVG's own (the BPMN pool's header is narrower: bpmn.io writes the lane names itself, vertically).
 */

/** Width of a level group's vertical title bar. */
export const GROUP_BAR = 28;
/** Width of the lane titles' column, right of the group bars. */
export const LANE_TITLE = 130;
