package org.practicesearch.eval;

/**
 * One evaluation topic: an id and the query text.
 *
 * @param id the topic id as the qrels name it
 * @param query the query text
 */
public record Topic(String id, String query) {}
