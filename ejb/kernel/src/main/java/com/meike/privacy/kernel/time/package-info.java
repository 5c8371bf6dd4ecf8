/**
 * Time for the whole application: the {@link java.time.Clock} services inject (so tests can fix it)
 * and the PRC {@link com.meike.privacy.kernel.time.WorkingDayCalendar} legal answer periods are
 * counted on (DSR-6, CMP-1), configurable per year.
 */
package com.meike.privacy.kernel.time;
