"""Pure logic: entries, factors, the carbon book, validation. No Qt, no SQL."""
