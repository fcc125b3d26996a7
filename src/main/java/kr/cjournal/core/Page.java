package kr.cjournal.core;

import java.util.List;

/** One page of a longer list; {@code number} counts from 1. */
public record Page<T>(List<T> items, int number, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < totalPages();
	}

	/** A page past the end of a non-empty list, which readers should get as "not found". */
	public boolean isBeyondEnd() {
		return number > totalPages();
	}
}
