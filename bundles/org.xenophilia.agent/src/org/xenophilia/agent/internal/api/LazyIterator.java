package org.xenophilia.agent.internal.api;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.xenophilia.xenapi.XenApiException;

/**
 * The elements of a streamed answer ({@link StreamedMap}, {@link StreamedSet}), each made when the writer asks for
 * it, so that an answer holds one element at a time however many there are. Making one may fail with a XenAPI error
 * (the backend cannot be read): it reaches the writer as a {@link StreamFailure}.
 *
 * @param <T> the elements
 */
abstract class LazyIterator<T> implements Iterator<T> {

    /** Makes an element from another. */
    @FunctionalInterface
    interface Step<S, T> {
        /** @return the element made of {@code s}, or {@code null} to leave it out */
        T apply(S s) throws XenApiException;
    }

    /** Makes one element. */
    @FunctionalInterface
    interface Maker<T> {
        T make() throws XenApiException;
    }

    private T next;
    private boolean done;

    /**
     * @return the next element, or {@code null} when there are no more
     * @throws XenApiException if it cannot be made
     */
    protected abstract T compute() throws XenApiException;

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = compute();
            } catch (XenApiException e) {
                throw new StreamFailure(e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T t = next;
        next = null;
        return t;
    }

    /** @return the elements made of {@code source}'s, those made {@code null} left out */
    static <S, T> Iterator<T> map(Iterator<S> source, Step<? super S, ? extends T> step) {
        return new LazyIterator<>() {
            @Override
            protected T compute() throws XenApiException {
                while (source.hasNext()) {
                    T t = step.apply(source.next());
                    if (t != null) {
                        return t;
                    }
                }
                return null;
            }
        };
    }

    /** @return the elements of each iterator made of {@code source}'s elements, one after the other */
    static <S, T> Iterator<T> flatMap(Iterator<S> source, Step<? super S, Iterator<? extends T>> step) {
        return new LazyIterator<>() {
            private Iterator<? extends T> current = Collections.emptyIterator();

            @Override
            protected T compute() throws XenApiException {
                while (!current.hasNext()) {
                    if (!source.hasNext()) {
                        return null;
                    }
                    Iterator<? extends T> made = step.apply(source.next());
                    current = made == null ? Collections.emptyIterator() : made;
                }
                return current.next();
            }
        };
    }

    /**
     * @return the elements of the iterator {@code source} makes when the first is asked for (so that a failure to
     *         begin, e.g. the backend's first look, is a {@link StreamFailure} of the answer like any other)
     */
    static <T> Iterator<T> deferred(Maker<? extends Iterator<? extends T>> source) {
        return flatMap(java.util.List.of(source).iterator(), Maker::make);
    }

    /** @return {@code source}'s elements, then one more made once they are done */
    static <T> Iterator<T> then(Iterator<? extends T> source, Maker<? extends T> last) {
        return new LazyIterator<>() {
            private boolean lastMade;

            @Override
            protected T compute() throws XenApiException {
                if (source.hasNext()) {
                    return source.next();
                }
                if (lastMade) {
                    return null;
                }
                lastMade = true;
                return last.make();
            }
        };
    }
}
