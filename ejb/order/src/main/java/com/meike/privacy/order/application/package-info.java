/** Public face of the order context: its local service interfaces and records. */
package com.meike.privacy.order.application;
