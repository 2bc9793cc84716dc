/** What the global shortcuts (j/k, arrows outside the list) ask of whichever list is shown in the middle. */
export interface ListNavigator {
  /** Opens the next (1) or previous (-1) entry. */
  move(step: number): void;
  /** Puts the keyboard focus in the list. */
  focus(): void;
}
