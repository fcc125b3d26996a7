package kr.cjournal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** IPTC's own ninjs 2.1 JSON schema (src/test/resources/ninjs, see NOTICE.md there), as a validator. */
final class NinjsSchema {

	private static final Schema SCHEMA = load();

	private NinjsSchema() {
	}

	/** What is wrong with the document by the schema; empty when it is valid ninjs 2.1. */
	static List<String> problems(String document) {
		List<Error> errors = SCHEMA.validate(document, InputFormat.JSON,
				(context, schemaContext) -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
		return errors.stream().map(Error::toString).toList();
	}

	private static Schema load() {
		try (InputStream schema = NinjsSchema.class.getResourceAsStream("/ninjs/ninjs-schema_2.1.json")) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
