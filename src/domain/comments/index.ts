/** The committee's record (members, meetings, comments): pure rules, no I/O. */
export * from "./types";
export * from "./problems";
export * from "./text";
export * from "./ids";
export * from "./target";
export * from "./validate";
export * from "./query";
export * from "./references";
export * from "./csv";
export * from "./meeting-number";
export * from "./agenda";
export * from "./absentees";
export * from "./secretariat";
