package org.roadmap.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmap.events.EventJson;
import org.roadmap.events.compatibility.SchemaCompatibility.Changes;

/** The rules themselves, on small pairs of schemas: published first, current second. */
class SchemaCompatibilityTests {

    private static final String PUBLISHED = """
            {"type": "object", "required": ["id", "level"], "additionalProperties": true,
             "properties": {
               "id": {"type": "string", "minLength": 1, "maxLength": 200},
               "level": {"type": "string", "enum": ["limited", "complete"]},
               "deadline": {"type": "string", "format": "date", "description": "due date"},
               "venue": {"type": "object", "required": ["city"],
                         "properties": {"city": {"type": "string"}}},
               "evidence": {"type": "array", "items": {"type": "string", "format": "uri"}}
             }}""";

    @Test
    void sameSchemaHasNoChanges() {
        Changes changes = compare(PUBLISHED, PUBLISHED);

        assertThat(changes.breaking()).isEmpty();
        assertThat(changes.compatible()).isEmpty();
    }

    @Test
    void newOptionalFieldIsCompatible() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("\"properties\": {\n",
                "\"properties\": {\n \"meetingId\": {\"type\": \"string\"},\n"));

        assertThat(changes.breaking()).isEmpty();
        assertThat(changes.compatible()).containsExactly("new optional field 'meetingId'");
    }

    @Test
    void newOptionalFieldInsideANestedObjectIsCompatible() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("{\"city\": {\"type\": \"string\"}}",
                "{\"city\": {\"type\": \"string\"}, \"timeZone\": {\"type\": \"string\"}}"));

        assertThat(changes.breaking()).isEmpty();
        assertThat(changes.compatible()).containsExactly("new optional field 'venue.timeZone'");
    }

    @Test
    void changedDescriptionIsCompatible() {
        assertThat(compare(PUBLISHED, PUBLISHED.replace("due date", "when it is due")).isBreaking()).isFalse();
    }

    @Test
    void changedTypeNamesTheFieldAndBothTypes() {
        Changes changes = compare(PUBLISHED,
                PUBLISHED.replace("\"type\": \"string\", \"format\": \"date\"", "\"type\": \"integer\""));

        assertThat(changes.breaking()).containsExactly("field 'deadline' changed type from string to integer",
                "field 'deadline' lost format date");
    }

    @Test
    void typeWidenedToAllowNullIsBreaking() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("\"id\": {\"type\": \"string\"",
                "\"id\": {\"type\": [\"string\", \"null\"]"));

        assertThat(changes.breaking()).containsExactly("field 'id' changed type from string to null|string");
    }

    @Test
    void changedFormatIsBreaking() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("\"format\": \"date\"", "\"format\": \"date-time\""));

        assertThat(changes.breaking()).containsExactly("field 'deadline' changed format from date to date-time");
    }

    @Test
    void removedFieldIsBreaking() {
        Changes changes = compare(PUBLISHED,
                PUBLISHED.replace("\"deadline\": {\"type\": \"string\", \"format\": \"date\", \"description\": \"due date\"},", ""));

        assertThat(changes.breaking()).containsExactly("field 'deadline' was removed");
    }

    @Test
    void fieldMadeRequiredIsBreaking() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("[\"id\", \"level\"]", "[\"id\", \"level\", \"deadline\"]"));

        assertThat(changes.breaking()).containsExactly("field 'deadline' became required; published events may lack it");
    }

    @Test
    void fieldNoLongerRequiredIsBreaking() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("[\"id\", \"level\"]", "[\"id\"]"));

        assertThat(changes.breaking()).containsExactly("field 'level' is no longer required; consumers rely on it");
    }

    @Test
    void newRequiredFieldIsBreaking() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("[\"id\", \"level\"]", "[\"id\", \"level\", \"country\"]")
                .replace("\"properties\": {\n", "\"properties\": {\n \"country\": {\"type\": \"string\"},\n"));

        assertThat(changes.breaking())
                .containsExactly("new field 'country' is required; published events lack it (make it optional)");
    }

    @Test
    void requiredFieldOfANestedObjectRemovedIsBreaking() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("\"required\": [\"city\"],\n", "")
                .replace("{\"city\": {\"type\": \"string\"}}", "{}"));

        assertThat(changes.breaking()).containsExactly("field 'venue.city' was removed");
    }

    @Test
    void removedEnumValueIsBreaking() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("[\"limited\", \"complete\"]", "[\"complete\"]"));

        assertThat(changes.breaking())
                .containsExactly("field 'level' lost enum value(s) [limited] that published events carry");
    }

    @Test
    void addedEnumValueIsBreakingBecauseConsumersValidateAgainstTheirOwnSchema() {
        Changes changes = compare(PUBLISHED,
                PUBLISHED.replace("[\"limited\", \"complete\"]", "[\"limited\", \"complete\", \"exceeded\"]"));

        assertThat(changes.breaking()).singleElement().asString()
                .startsWith("field 'level' gained enum value(s) [exceeded]");
    }

    @Test
    void enumDroppedAltogetherIsBreaking() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace(", \"enum\": [\"limited\", \"complete\"]", ""));

        assertThat(changes.breaking())
                .containsExactly("field 'level' is no longer restricted to the values [complete, limited]");
    }

    @Test
    void additionalPropertiesTurnedFalseIsBreaking() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("\"additionalProperties\": true",
                "\"additionalProperties\": false"));

        assertThat(changes.breaking()).containsExactly(
                "the event data turned additionalProperties false; published events may carry other fields");
    }

    @Test
    void additionalPropertiesFalseOnANestedObjectIsBreakingToo() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("\"required\": [\"city\"],",
                "\"required\": [\"city\"], \"additionalProperties\": false,"));

        assertThat(changes.breaking()).containsExactly(
                "field 'venue' turned additionalProperties false; published events may carry other fields");
    }

    @Test
    void newFieldOnAnObjectThatForbadeOthersIsBreaking() {
        String closed = PUBLISHED.replace("\"additionalProperties\": true", "\"additionalProperties\": false");

        Changes changes = compare(closed, closed.replace("\"properties\": {\n",
                "\"properties\": {\n \"meetingId\": {\"type\": \"string\"},\n"));

        assertThat(changes.breaking()).singleElement().asString().startsWith("new field 'meetingId' on an object");
    }

    @Test
    void changedConstraintIsBreakingEitherWay() {
        Changes tighter = compare(PUBLISHED, PUBLISHED.replace("\"maxLength\": 200", "\"maxLength\": 100"));
        Changes looser = compare(PUBLISHED, PUBLISHED.replace("\"maxLength\": 200", "\"maxLength\": 500"));

        assertThat(tighter.breaking()).containsExactly("field 'id' changed maxLength from 200 to 100");
        assertThat(looser.breaking()).containsExactly("field 'id' changed maxLength from 200 to 500");
    }

    @Test
    void newPatternIsBreaking() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("\"minLength\": 1,", "\"minLength\": 1, \"pattern\": \"^c-\","));

        assertThat(changes.breaking()).containsExactly("field 'id' gained pattern \"^c-\"");
    }

    @Test
    void changeInsideArrayItemsNamesTheArray() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("\"format\": \"uri\"", "\"format\": \"uri-reference\""));

        assertThat(changes.breaking()).containsExactly("field 'evidence[]' changed format from uri to uri-reference");
    }

    @Test
    void unknownKeywordIsComparedAsAWhole() {
        Changes changes = compare(PUBLISHED, PUBLISHED.replace("\"venue\": {\"type\": \"object\",",
                "\"venue\": {\"type\": \"object\", \"minProperties\": 1,"));

        assertThat(changes.breaking()).containsExactly("field 'venue' gained minProperties 1");
    }

    private static Changes compare(String published, String current) {
        return SchemaCompatibility.compare(EventJson.tree(published), EventJson.tree(current));
    }
}
