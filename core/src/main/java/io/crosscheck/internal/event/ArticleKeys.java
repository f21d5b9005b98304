package io.crosscheck.internal.event;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The output of the per-article map: an article's event signature and the blocking keys under
 * which it meets the other articles that may report its event.
 *
 * <p>An article on a flood in Valen that names Kovac gives {@code ArticleKeys[article=a1,
 * keys=[name:valen, name:kovac], …]}; an article with no names gets no key and stays an event of
 * its own.
 */
public record ArticleKeys(String article, EventSignature signature, List<String> keys) {
  public ArticleKeys {
    checkNotNull(article, "article");
    checkNotNull(signature, "signature");
    keys = List.copyOf(keys);
  }
}
