package com.meike.privacy.kernel.crypto;

import java.util.List;

/**
 * How a context registers its sealed columns with the kernel's re-sealing: one CDI bean per context
 * implementing this. The re-seal job re-seals every registered column under its key set's current
 * key after a rotation ({@link Resealer}).
 */
public interface SealedColumns {

  List<SealedColumn> sealedColumns();
}
