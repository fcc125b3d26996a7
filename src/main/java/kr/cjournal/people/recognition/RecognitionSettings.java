package kr.cjournal.people.recognition;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param requestsPerMinute recognitions one staff account (signed in or by API token) may ask for
 * in a minute; the editor's panel asks 2 s after typing stops, so 30 is plenty for writing and
 * still stops one account from keeping the server busy
 */
@ConfigurationProperties("cjournal.people.recognition")
record RecognitionSettings(int requestsPerMinute) {

	RecognitionSettings {
		requestsPerMinute = requestsPerMinute <= 0 ? 30 : requestsPerMinute;
	}
}
