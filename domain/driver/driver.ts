/** One step back from the end goal toward today; may point at a topic and a planned session. */
export interface DriverStep {
  text: string;
  topicId?: string;
  sessionId?: string;
}

/** The community's backward-design canvas, built in the start session. */
export interface Driver {
  /** What is different at the end of the (academic) year. */
  endGoal: string;
  whyItMatters: string;
  whatGoesWell: string;
  /** From the goal back to today. */
  steps: DriverStep[];
  howWeWillKnow: string;
  updatedBy?: string;
  updatedAt?: string;
}

/** A driver rating: "how far are we toward our driver?", 1 to 5, once per member per session. */
export interface DriverRating {
  sessionId: string;
  userId: string;
  score: 1 | 2 | 3 | 4 | 5;
}

export const emptyDriver = (): Driver => ({
  endGoal: '',
  whyItMatters: '',
  whatGoesWell: '',
  steps: [],
  howWeWillKnow: '',
});

/** True when nobody has written anything on the canvas yet. */
export const isDriverEmpty = (driver: Driver): boolean =>
  [driver.endGoal, driver.whyItMatters, driver.whatGoesWell, driver.howWeWillKnow].every((s) => s.trim() === '') &&
  driver.steps.length === 0;
