package org.quotetrace.attribution;

/** A word or punctuation token, with its quote state: 0 outside quote marks, 1 inside, 2 an opening mark, 3 a closing mark. */
record Token(int start, int end, String lower, boolean word, boolean capital, int quote) {}
