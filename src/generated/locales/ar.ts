
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's216bfcc46985dab6': `استغرق مصدر البيانات وقتًا طويلًا للرد.`,
's5d9f6c7b502e2a57': `مصدر البيانات ليس بتنسيق JSON صالح.`,
's670d0ab55622d62e': `تعذّر الوصول إلى مصدر البيانات. تحقّق من الاتصال وحاول مرة أخرى.`,
's6ebc9bd6feae62a3': `جارٍ التحميل…`,
's716e73ec91a07274': `بنية مصدر البيانات لا تطابق البنية المتوقعة.`,
's893721c856c209cc': str`ردّ خادم مصدر البيانات بالخطأ ${0}.`,
's9fca14e0c61d7700': `تُعرض آخر البيانات التي وردت.`,
'sa2e882d770bd8e57': `لم تُنشر أي أرقام بعد.`,
'scd1dd6ff53d0d01a': `إعادة المحاولة`,
'se30a7b6256138d05': `حجم مصدر البيانات يتجاوز الحد المسموح به.`,
    };
  