package fi.tarjotin.publicsite;

import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.PublicLinks;
import fi.tarjotin.municipality.Municipality;
import fi.tarjotin.opportunity.OpportunitySummary;
import io.micronaut.http.HttpRequest;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** An Atom 1.0 feed (RFC 4287) of a municipality's newest published listings, for feed readers and sites. */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml;charset=utf-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String of(Municipality municipality, PageLanguage language, List<OpportunitySummary> items,
                     HttpRequest<?> request, PublicLinks links, CodeLists codes) {
        String lang = language.code();
        String name = EmbedModels.municipalityName(municipality, lang);
        Instant updated = items.stream().map(OpportunitySummary::updatedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
            text(xml, "id", "urn:tarjotin:municipality:" + municipality.code() + ":opportunities:" + lang);
            text(xml, "title", language.t("page.title", name));
            text(xml, "updated", updated.toString());
            link(xml, "self", links.to(request, "/public/v1/municipalities/" + municipality.code()
                    + "/opportunities.atom?lang=" + lang).toString(), MEDIA_TYPE.split(";")[0]);
            link(xml, "alternate", links.to(request, EmbedPaths.municipality(municipality.code(), lang)).toString(),
                    "text/html");
            xml.writeStartElement("author");
            text(xml, "name", language.t("feed.author"));
            xml.writeEndElement();
            for (OpportunitySummary item : items) {
                xml.writeStartElement("entry");
                text(xml, "id", "urn:uuid:" + item.id());
                text(xml, "title", item.title().in(lang));
                text(xml, "updated", item.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                if (item.publishedAt() != null) {
                    text(xml, "published", item.publishedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                }
                link(xml, "alternate", links.to(request, EmbedPaths.listing(municipality.code(), item.id(), lang))
                        .toString(), "text/html");
                xml.writeStartElement("author");
                text(xml, "name", item.organisationName() == null ? name : item.organisationName());
                xml.writeEndElement();
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", item.type());
                xml.writeAttribute("label", codes.label(CodeList.OPPORTUNITY_TYPES, item.type()).in(lang));
                if (item.summary() != null) {
                    text(xml, "summary", item.summary().in(lang));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
