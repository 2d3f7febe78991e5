package org.iommuatlas.format.guest;

import org.iommuatlas.model.ParseException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

/**
 * A DOM parser that refuses what untrusted XML can do to the reader: a pasted "libvirt XML" could
 * name {@code file:///etc/passwd} as an external entity or nest entities a billion deep. Any
 * DOCTYPE is refused outright (libvirt never writes one), so no entity is ever declared, fetched
 * or expanded; external entities, external DTDs, XInclude and entity expansion are switched off
 * as well, in case a future JDK parser ignores one of the settings.
 */
final class SecureXml {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureXml() {
    }

    static Document parse(String file, String text) throws ParseException {
        DocumentBuilder builder = newBuilder(file);
        try {
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new ParseException(file, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
                    describe(e), e);
        } catch (SAXException e) {
            throw new ParseException(file, 0, 0, "not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ParseException(file, 0, 0, "could not read the XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder newBuilder(String file) throws ParseException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The default handler prints "[Fatal Error] ..." to stderr; errors go to the user as ParseException only.
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new ParseException(file, 0, 0, "this Java runtime's XML parser cannot be made safe ("
                    + e.getMessage() + "); refusing to read XML", e);
        }
    }

    private static String describe(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            return "DOCTYPE declarations are refused: they can read local files or expand without bound, and"
                    + " libvirt never writes one; remove the <!DOCTYPE ...> part";
        }
        return "not well-formed XML: " + message;
    }
}
