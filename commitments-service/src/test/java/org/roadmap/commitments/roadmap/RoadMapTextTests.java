package org.roadmap.commitments.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RoadMapTextTests {

    static String japanPeru() {
        try (InputStream in = RoadMapTextTests.class.getResourceAsStream("/roadmaps/japan-peru-road-map-2024-2033.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheJapanPeruRoadMapAsSigned() {
        RoadMapDocument document = RoadMapText.parse(japanPeru());

        assertThat(document.title()).startsWith("ROAD MAP TO STRENGTHEN THE STRATEGIC PARTNERSHIP");
        assertThat(document.place()).isEqualTo("Lima");
        assertThat(document.signedOn()).isEqualTo(LocalDate.of(2024, 11, 17));
        assertThat(document.pillars()).extracting(RoadMapDocument.Pillar::title).containsExactly(
                "POLITICAL-DIPLOMATIC PILLAR", "ECONOMIC PILLAR", "BILATERAL COOPERATION PILLAR",
                "SOCIAL AND PEOPLE-TO-PEOPLE RELATIONS PILLAR", "DEFENSE AND SECURITY PILLAR");
        assertThat(document.pillars()).extracting(p -> p.items().size()).containsExactly(6, 16, 21, 9, 9);
        assertThat(document.itemCount()).isEqualTo(61);
    }

    @Test
    void joinsAParagraphSplitByABlankLine() {
        RoadMapDocument.Item item = RoadMapText.parse(japanPeru()).pillars().get(1).items().get(0);

        assertThat(item.reference()).isEqualTo("II.1");
        assertThat(item.text()).contains("among other initiatives.")
                .contains("Additionally, relevant public entities will share best practices");
    }

    @Test
    void readsCrlfAndStrayWhitespaceAsTheSameDocument() {
        String messy = "\uFEFF" + japanPeru().replace("\n", "  \r\n").replace("\n1. ", "\n   1.  ");

        assertThat(RoadMapText.parse(messy)).isEqualTo(RoadMapText.parse(japanPeru()));
    }

    @Test
    void refusesAGapInTheNumberingNamingTheLine() {
        String gap = japanPeru().replace("\n4. Commemorate", "\n5. Commemorate");

        assertThatThrownBy(() -> RoadMapText.parse(gap)).isInstanceOf(RoadMapDocumentException.class)
                .hasMessage("line 21: item I.5 where item I.4 was expected");
    }

    @Test
    void refusesATextWithoutPillars() {
        assertThatThrownBy(() -> RoadMapText.parse("[Title] A letter\n[Full text]\nDear colleagues,\n"))
                .isInstanceOf(RoadMapDocumentException.class).hasMessageContaining("no pillar heading");
    }

    @Test
    void refusesAnEmptyText() {
        assertThatThrownBy(() -> RoadMapText.parse("  \n")).isInstanceOf(RoadMapDocumentException.class);
    }

    @Test
    void refusesPillarsOutOfOrder() {
        String swapped = japanPeru().replace("II. ECONOMIC PILLAR", "IV. ECONOMIC PILLAR");

        assertThatThrownBy(() -> RoadMapText.parse(swapped)).isInstanceOf(RoadMapDocumentException.class)
                .hasMessageContaining("pillar IV where pillar II was expected");
    }
}
