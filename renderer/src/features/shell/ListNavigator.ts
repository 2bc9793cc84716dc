/** What the global shortcuts (j and k, wherever the focus is outside a text field) ask of the list in the middle. */
export interface ListNavigator {
  /** Opens the next (1) or previous (-1) entry. */
  move(step: number): void;
  /** Puts the keyboard focus in the list. */
  focus(): void;
}
