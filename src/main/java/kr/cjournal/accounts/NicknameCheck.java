package kr.cjournal.accounts;

import java.util.Optional;

/**
 * A rule another module adds to what a reader may call themselves (the comments module's abuse
 * filter, say). Sign-up asks every such bean after its own rules.
 */
public interface NicknameCheck {

	/** A Korean sentence saying why the nickname may not be used, or empty when it may. */
	Optional<String> problem(String nickname);
}
