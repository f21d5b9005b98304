/**
 * Events: what happened, when, where and who, read from articles and used to block comparisons.
 *
 * <p>The split is built for a distributed run. {@link io.crosscheck.internal.event.EventKeys} is a pure
 * per-article function (article in, {@link io.crosscheck.internal.event.ArticleKeys} out: the article's
 * event signature and its blocking keys). {@link io.crosscheck.internal.event.EventClusterer} groups the
 * keys by blocking key, links the articles of each block that report one event, and joins the
 * links into events; checks then run per event. In Beam terms: {@code ParDo(EventKeys) ->
 * GroupByKey(blocking key) -> ParDo(EventClusterer.links) -> connected components -> GroupByKey(event)
 * -> checks}.
 *
 * <p>Internal: not API, not exported from the module, free to change between releases.
 */
package io.crosscheck.internal.event;
